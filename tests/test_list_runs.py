"""A topic's list parted from a later list by a block (a paragraph, a code
block): the set is the list the topic opens with; the lines after the block
are remarks on it, asked apart, never blanked among the set's members."""

from __future__ import annotations

from .test_cards import cards_of

SERVICES = """
## services

- ClusterIP - default, internal virtual ip
- NodePort - ClusterIP + port on every node (30000-32767)
- LoadBalancer - NodePort + external LB from cloud
- ExternalName - dns CNAME, no proxying
- headless - `clusterIP: None`, dns returns pod ips

port = svc port, targetPort = container port

```yaml
spec:
  type: NodePort
```
- selector -> EndpointSlices. no endpoints? -> selector typo
- service cidr: `--service-cluster-ip-range` (kubeadm default 10.96.0.0/12)
"""


def test_the_list_a_topic_opens_with_is_its_set_and_the_lines_after_a_block_are_remarks():
    cards = cards_of(SERVICES)
    overview = next(card for card in cards if card.startswith("[overview]"))
    assert overview == (
        "[overview] n | services {{c1::ClusterIP}} {{c2::NodePort}} {{c3::LoadBalancer}} {{c4::ExternalName}} {{c5::headless}} => @1,3,4,5,6,7"
    )
    assert not any("{{c" in card and "service cidr}}" in card for card in cards), cards
    assert any(card.startswith("[detail]") and "EndpointSlices" in card for card in cards), cards



def test_a_comparison_among_the_items_is_no_member_of_the_set():
    cards = cards_of(
        """
        ## node maintenance

        - drain = cordon + evict. bare pods block it unless `--force`
        - drain respects PodDisruptionBudgets (minAvailable / maxUnavailable)
        - cordon vs drain: cordon only stops new pods, drain also kicks existing
        """
    )
    assert not any("{{c" in card and "cordon vs drain}}" in card for card in cards), cards
    assert not any(card.startswith("[enumeration]") for card in cards), cards


def test_a_case_and_what_follows_from_it_is_no_member_of_the_set():
    cards = cards_of(
        """
        ## Cloud Storage

        Object storage. Buckets have globally unique names.

        - early deletion -> charged for the remaining min duration
        - Location types: **region**, **dual-region**, **multi-region**
        - **Autoclass**: auto moves objects between classes based on access
        """
    )
    assert not any("{{c" in card and "early deletion}}" in card for card in cards), cards


def test_bullets_after_a_numbered_list_are_a_list_of_their_own() -> None:
    lines = cards_of(
        """
        ## Security

        ### Defense in depth
        1. Physical security - buildings, datacenter access
        2. Identity & access - SSO, MFA, auditing
        3. Perimeter - DDoS protection, perimeter firewalls
        4. Compute - secure VMs, patching, close ports
        5. Data - what attackers want
        - idea: one layer breached -> next layer slows the attacker
        - my mnemonic: Please Invite Polite Cats Daily
        """
    )
    listed = [line for line in lines if "{{c1::Physical security}}" in line]
    assert listed and all("idea" not in line and "mnemonic" not in line for line in listed), listed
    assert any("{{c5::Data}}" in line for line in listed), listed
