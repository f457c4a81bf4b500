"""Questions answered on their own line by an arrow, under a title of questions, are
asked as the author wrote them: the question on the front, the arrow's side on the back."""

from __future__ import annotations

from .test_cards import cards_of


def test_each_question_answered_by_its_arrow_is_a_question_and_its_answer() -> None:
    lines = cards_of(
        """
        ## Practice questions (self-quiz)

        1. User has IP 169.254.12.5 and no internet? -> DHCP server not reachable (APIPA)
        2. Syslog logging trap 3 → sends which levels? → 0-3 (emerg, alert, crit, err)
        3. Need web app staging slots and autoscale at lowest cost → **Standard (S1)**
        4. Blob uploaded → thumbnail generated → **Event Grid** → Function
        5. Files owned by jacques -> /root/findfiles. -> find -user -exec cp -a
        """
    )
    assert any("Files owned by jacques → /root/findfiles. => find -user -exec cp -a" in line for line in lines), lines
    assert any("User has IP 169.254.12.5 and no internet? => DHCP server not reachable (APIPA)" in line for line in lines), lines
    assert any("Syslog logging trap 3 → sends which levels? => 0-3 (emerg, alert, crit, err)" in line for line in lines), lines
    assert any("Need web app staging slots and autoscale at lowest cost => Standard (S1)" in line for line in lines), lines
    assert not any("{{c1::" in line and ("DHCP" in line or "Standard" in line) for line in lines), lines
    assert not any("Blob uploaded =>" in line for line in lines), lines  # a chain: no one place its answer starts


def test_an_arrow_line_elsewhere_or_under_its_question_keeps_its_own_card() -> None:
    lines = cards_of(
        """
        ## Systems Manager — LOTS of Qs

        - Default Host Management Configuration → auto-manage EC2 without an instance profile

        ## Practice Qs

        **Q2.** Private instances can't download patches; route 0.0.0.0/0 → nat-123 in the same subnet. Fix?
        → move the NAT gateway to a public subnet.
        """
    )
    assert not any(line.startswith("[quiz]") and "Default Host Management Configuration =>" in line for line in lines), lines
    assert any(line.startswith("[qa]") and "Fix? => move the NAT gateway to a public subnet." in line for line in lines), lines


def test_a_self_test_question_answered_after_a_dash_is_a_question_and_its_answer() -> None:
    lines = cards_of(
        """
        ## self-test (cover the right side)

        - Windows event ID for failed logon? — 4625
        - Fix for SQL injection? - parameterized queries / prepared statements
        """
    )
    assert any("Windows event ID for failed logon? => 4625" in line for line in lines), lines
    assert any("Fix for SQL injection? => parameterized queries / prepared statements" in line for line in lines), lines
    assert not any("{{c1::" in line for line in lines), lines


LEGEND = """
## Appliances

- **Load balancer**: spreads traffic across servers, health checks
- **CDN**: content cached at edge servers close to users

scenario → answer: "stop one web server being overwhelmed" → load balancer | "Asia users slow on US site" → CDN
"""


def test_rows_after_a_legend_are_each_a_need_and_its_answer() -> None:
    """`scenario → answer: "..." → X | "..." → Y`: the legend says how to read the rows; each row is asked."""
    from .test_cards import cards_of

    lines = cards_of(LEGEND)
    assert any('"stop one web server being overwhelmed"' in line and "load balancer" in line.split("=>")[-1] + line for line in lines), lines
    assert not [line for line in lines if "scenario → answer" in line], lines
    assert len([line for line in lines if "Asia users slow" in line and "CDN" in line]) == 1, lines


PRACTICE_LINES = """
## Searching

- `stats dc(field)` counts distinct values

## practice

Practice: Default search mode? -> Smart
Practice: `failed OR error AND login` order? -> OR first, then AND
Practice: All of yesterday? -> `earliest=-1d@d latest=@d`
"""


def test_lines_labelled_as_practice_are_questions_and_their_answers() -> None:
    """"Practice: X? -> Y" under "## practice": no blank over the label; a line ending on a
    keyword in capitals (`AND`) does not run on into the next one."""
    from .test_cards import cards_of

    lines = cards_of(PRACTICE_LINES)
    asked = [line for line in lines if "Default search mode?" in line or "All of yesterday?" in line or "login order?" in line]
    assert len(asked) == 3 and all("Practice:" not in line.split("=>")[0] and "[...]" not in line for line in asked), lines
    assert any("All of yesterday? => earliest=-1d@d latest=@d" in line for line in asked), lines


def test_a_line_labelled_as_a_scenario_asks_from_the_need_to_what_meets_it() -> None:
    """"scenario: need -> service" lines under a topic: each a need asked for its answer,
    not "Multi-account — scenario" reciting three of them forward."""
    from .test_cards import cards_of

    lines = cards_of(
        """
        ## Multi-account

        - Control Tower = landing zone, guardrails
        - SCPs = max permissions for an OU or account

        scenario: new accounts automatically get baseline guardrails + logging -> Control Tower
        scenario: quarantine compromised account -> move to Suspended OU with deny-all SCP
        """
    )
    assert any("new accounts automatically get baseline guardrails + logging => Control Tower" in line for line in lines), lines
    assert any("quarantine compromised account => move to Suspended OU" in line for line in lines), lines
    assert not any("— scenario" in line for line in lines), lines


def test_situations_under_a_heading_of_situational_rules_are_each_asked() -> None:
    """`**Stakeholders / comms**` under "Situational rules — What should the PM do FIRST?":
    each "situation → action" line asks the action from the situation."""
    from .test_cards import cards_of

    lines = cards_of(
        """
        ## 6. Situational rules — "What should the PM do FIRST?"

        **Stakeholders / comms**
        - Stakeholder unhappy or resistant → meet, understand concerns, update engagement plan
        - Stakeholder complains they didn't get info → check comm mgmt plan, fix it, update plan
        """
    )
    assert any("Stakeholder complains they didn't get info => check comm mgmt plan, fix it, update plan" in line for line in lines), lines
    assert not any("| Stakeholders / comms =>" in line for line in lines), lines
