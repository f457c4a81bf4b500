"""A blank hides a name, never the title of a step, a task or a stretch of the
notes ("STEP 2", "Understand ConfigMaps", "Practice questions"); and a bold
label that only points to the docs leads no lines of its own."""

from __future__ import annotations

from pipeline.cards.part_titles import titles_a_part

from .test_cards import cards_of


def test_steps_tasks_and_collections_title_a_part_names_do_not() -> None:
    for title in (
        "STEP 2",
        "Section 4 -- Networking",
        "Understand ConfigMaps",
        "Compare and contrast basic concepts of cryptography.",
        "Migrate DB to OCI:",
        "Set the hardware clock to the correct time in UTC",
        "Evolving with Queues",
        "Integrating GIT for Team Management",
        "Practice questions",
        "Practice Exam 7",
        "RDS Exam Powerups",
        "Option II",
        "Acronym to Remember",
        "Knowledge Check",
        "AWS Organizations Overview",
        "Aurora Serverless - Use Cases",
        "Tables",
        "Result",
        "Docs",
        "Things to consider when using Azure Storage and its tiers",
        "Key Benefits of Cloud-Native Design",
        "ALIAS only supports the following services",
        "Ideal Architecture",
        "Typical Challenge",
        "Example of Serverless",
        "For failures",
        "When scaling out",
        "Google Job Role Description for ACE",
        "Description of the exam",
        "From a File",
        "Using vault login",
    ):
        assert titles_a_part(title), title
    for name in (
        "Aurora Serverless",
        "Route Table",
        "Endpoint Links",
        "Collision Domain",
        "Change Data Capture",
        "Migrate for Compute Engine",
        "Optional features",
        "Run Command",
        "hwclock",
        "S3 One Zone Infrequent Access (S3 One Zone-IA)",
        "Routing Policy",
        "What is Edge Computing?",
        "Main Route Table",
        "Key Vault",
        "Common Ports",
        "Formation Templates",
        "Ifconfig",
        "Web Services Description Language",
    ):
        assert not titles_a_part(name), name


def test_no_blank_hides_the_title_of_a_step_a_task_or_a_collection() -> None:
    lines = cards_of(
        """
        ## Building a custom VPC

        ### STEP 2
        - After creating a subnet, turn on Auto Assign public IP to make it public
        - One subnet can only span one AZ
        - AWS reserves 5 IP addresses in every subnet for internal use

        ## Serverless

        ### Evolving with Queues
        The upload tier does not expect an immediate answer from the processing tier.

        It sends an async message while the upload adds more messages to the queue.

        The queue has an autoscaling group to add capacity at the end.

        ### Aurora Serverless
        - Can scale to zero capacity and be paused when idle
        - Billed per second of capacity consumed
        - Uses a shared proxy fleet in front of its capacity units
        """
    )
    blanks = [line for line in lines if "{{c" in line]
    assert blanks, lines
    for title in ("STEP 2", "Evolving with Queues"):
        assert not any(f"{{{{c1::{title}}}}}" in line for line in lines), (title, lines)
    assert any("{{c1::Aurora Serverless}}" in line for line in lines), lines  # a name's heading is still asked


def test_a_label_that_only_points_to_the_docs_leads_no_lines() -> None:
    lines = cards_of(
        """
        ## Tokens

        **Docs:**: https://www.vaultproject.io/docs/concepts/tokens

        - Used for authentication within Vault
        - Tokens are mapped to policies for authorization and metadata for auditing
        - A token's TTL says how long it is valid before it must be renewed
        """
    )
    assert lines, lines
    assert not any("Docs" in line or "https://" in line for line in lines), lines
    assert any("Tokens" in line for line in lines), lines


def test_no_what_is_this_card_answers_the_title_of_a_step(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pipeline.commands.build import load
    from pipeline.model.cardtext import card_text

    (tmp_path / "vpc.md").write_text(
        "## Building a custom VPC\n\n"
        "### STEP 3\n- After creating the internet gateway, attach it to your VPC so traffic can leave\n"
        "- Only one internet gateway can be attached to a VPC at any time\n\n"
        "### STEP 4\n- Create a new route table and add a route out to the internet through the gateway\n"
        "- Associate the public subnet with that new route table\n\n"
        "### NAT Gateway\n- Lets instances in a private subnet reach the internet for software updates\n"
        "- Managed by AWS and scales its bandwidth on its own\n",
        encoding="utf-8",
    )
    answers = [card_text(c.answer) for c in load(tmp_path).pack.cards if c.kind == "recognition"]
    assert any("NAT Gateway" in a for a in answers), answers
    assert not any("STEP" in a for a in answers), answers


def test_no_blank_falls_on_a_parent_that_titles_a_part_of_the_notes() -> None:
    lines = cards_of(
        """
        ## Networking

        ### More Notes
        - open systems interconnection (OSI) model: conceptual framework
        - OSI levels: Please Do Not Throw Sausage Pizza Away
          - Please
          - Do
          - Not
          - Throw
          - Sausage
          - Pizza
          - Away
        """
    )
    assert lines and not any("{{c1::More Notes}}" in line for line in lines), lines


def test_no_blank_hides_a_heading_of_two_things() -> None:
    lines = cards_of(
        """
        ## MFA and IAM Credentials Report

        Recall that IAM can be integrated with Multi-Factor Authentication (MFA).
        - added level of security while accessing your account
        - AWS accepts virtual and physical MFA devices
        - MFA for root user can be directly configured in IAM dashboard
        - MFA can also be setup on individual users
        - you can generate a CSV - **Credentials Report** - which shows users with enabled MFA
        """
    )
    assert not [line for line in lines if "{{c1::MFA and IAM Credentials Report}}" in line], lines
    assert [line for line in lines if "IAM dashboard" in line], lines  # the lines are still asked


def test_a_phrase_is_asked_of_the_thing_over_it_not_of_a_part_of_the_notes() -> None:
    lines = cards_of(
        """
        ## Exam 102

        ### 107.1 Manage user and group accounts (weight: 5)

        #### /etc/group

        - typical, colon delimited line
          - project1:x:501:john,peter,alice
          - group project1 has GID 501 and members john, peter and alice
        """
    )
    assert [line for line in lines if "| /etc/group — typical, colon delimited line =>" in line], lines


def test_a_numbered_step_or_option_is_asked_with_its_parent() -> None:
    lines = cards_of(
        """
        ## DynamoDB

        - Table cleanup:
            - Option 1: Scan + Delete => very slow, consumes read and write capacity
            - Option 2: Drop table => fast, cheap, efficient
        """
    )
    prompts = [line.split(" | ")[1] for line in lines]
    assert any(p.startswith("Table cleanup — Option 1") for p in prompts), lines
    assert not any(p.startswith("Option") for p in prompts), lines
