"""A blank over a thing's name offers, as a hint, the names its recognition
card offers: "[RDS, DynamoDB or Redshift?]: NoSQL key-value database" asks as
the exam does, where a bare blank fits any database the learner knows."""

from __future__ import annotations

from .test_cards import cards_of

DATABASES = """
    ## Databases

    ### RDS
    - managed relational database for Postgres, MySQL and Oracle
    - can't SSH into the underlying instances

    ### DynamoDB
    - NoSQL key-value database, fully serverless
    - millions of requests per second, trillions of rows

    ### Redshift
    - data warehouse for analytics, columnar storage
    - massively parallel query execution
    """


def test_a_name_blank_offers_the_names_its_recognition_card_offers() -> None:
    lines = cards_of(DATABASES)
    assert any(line.startswith("[detail]") and "{{c1::DynamoDB::RDS, DynamoDB or Redshift?}}: NoSQL key-value" in line for line in lines), lines


def test_a_name_no_recognition_card_offers_among_others_keeps_its_bare_blank() -> None:
    lines = cards_of(DATABASES.split("### DynamoDB")[0])  # RDS alone: no choice to offer
    named = [line for line in lines if "{{c1::RDS" in line]
    assert named and all("{{c1::RDS}}" in line for line in named), lines
