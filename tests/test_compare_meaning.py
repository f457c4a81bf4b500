"""Comparisons: a fact that another option's own line says too, in other words, tells
nothing apart (all that line says is in the fact, or all the fact says is in the line);
one that sets itself against that line (an opposite form, a negation or comparison, a
number of its own, a `but`) does, and so do two parallel lines that each say a word of
their own."""

from __future__ import annotations

from pipeline.cards.compare import comparisons
from pipeline.cards.contrast import fits_another_line
from pipeline.cards.fact_shapes import echoes_another_option

from .test_compare_neighbours import _document


def test_a_fact_that_only_adds_detail_to_the_other_options_line_fits_it() -> None:
    assert fits_another_line("lets you decouple microservices, distributed systems and serverless apps", ["serverless, used to decouple applications"])
    assert fits_another_line("writing is only done to the primary node", ["data is only written and read on the primary node, the standby waits"])


def test_a_fact_that_sets_itself_against_the_line_tells_them_apart() -> None:
    assert not fits_another_line("stateless: return traffic must be allowed by rules", ["stateful: return traffic is allowed"])
    assert not fits_another_line("used for frequently accessed objects", ["less frequently accessed objects"])
    assert not fits_another_line("bulk retrieval (5 to 12 hours), min storage 90 days", ["bulk retrieval (48 hours), min storage 180 days"])
    assert not fits_another_line("a full copy of the app, but at minimum size", ["a full copy of the app, at full size"])
    assert not fits_another_line("keys held in your own hardware module, but you manage the keys", ["the vendor manages the encryption keys"])


def test_parallel_lines_each_with_a_word_of_its_own_tell_apart() -> None:
    assert not fits_another_line("access to a designated account manager", ["access to a pool of account managers"])
    assert not fits_another_line("firewall that controls traffic to and from a subnet", ["firewall that controls traffic to and from one network interface"])


def test_the_compared_facts_leave_out_one_that_fits_the_other_option() -> None:
    notes = """
    ## Messaging

    **Queuer:**
    - producers send messages to a queue, consumers poll the queue for them
    - serverless, used to decouple applications
    - messages kept up to 14 days

    **Notifier:**
    - publish/subscribe messaging: one topic, many subscribers
    - lets you decouple microservices, distributed systems and serverless applications
    - subscribers can be queues, functions, email or SMS
    """
    facts = {text: thing.name for _, found in comparisons(_document(notes)) for thing, text, _ in found}
    assert not [f for f in facts if "decouple" in f], facts
    assert any("topic" in f for f in facts), facts


def test_a_fact_that_says_a_word_of_another_options_name_is_not_its_clue() -> None:
    # "deploying" is PushDeploy's own word: beside it, Runway's line reads as a clue to that one
    notes = """
    ## Deploying

    **Release tools:**
    - Runway:
      - developer centric view of deploying an app in the cloud
      - provisions the servers, load balancers and databases behind the app
    - PushDeploy:
      - pushes new code to virtual machines, functions and on-premises servers
      - rolls out in stages and rolls back on failure
    """
    facts = {text: thing.name for _, found in comparisons(_document(notes)) for thing, text, _ in found}
    assert not [f for f in facts if "deploying" in f], facts
    assert facts.get("Provisions the servers, load balancers and databases behind the app") == "Runway", facts
    assert echoes_another_option("a global network of edge locations", "CloudFront", ["Global Accelerator"])
    # unless it negates it, or the word is in an aside, or every option's name says it
    assert not echoes_another_option("no global network, a cache at each edge", "CloudFront", ["Global Accelerator"])
    assert not echoes_another_option("cheap, can lose the instance", "Spot Instances", ["On-demand instance", "Dedicated Hosts"])


def test_an_example_another_option_lists_too_is_left_out_of_the_fact() -> None:
    notes = """
    ## Compute

    **Machine Families:**
    - Memory Heavy:
      - fast for workloads that process large data sets in memory
      - for ex relational/non-relational db, web scale search stores, in-memory caches for analytics
    - Disk Heavy:
      - high, sequential read and write access to large data sets on local disks
      - for ex transaction processing systems, relational and NoSQL db, data warehousing apps, distributed file systems
    """
    facts = {text: thing.name for _, found in comparisons(_document(notes)) for thing, text, _ in found}
    listed = [f for f, name in facts.items() if name == "Disk Heavy" and "warehousing" in f]
    # "relational and NoSQL db" reads as Memory Heavy's: the other examples tell Disk Heavy apart
    assert listed == ["For ex transaction processing systems, data warehousing apps, distributed file systems"], facts
