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
