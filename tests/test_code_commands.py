"""Commands in a code block, asked from the task their comment says."""

from __future__ import annotations

from .test_cards import cards_of


def test_a_command_with_a_comment_beside_or_above_it_is_asked_from_the_comment() -> None:
    lines = cards_of(
        """
        ## Routing

        ### OSPF

        ```
        router ospf 1
         passive-interface g0/2          ! no hellos to LAN
        ```

        ### SELinux

        ```bash
        chcon -t httpd_sys_content_t /web/x.html    # temp, lost on relabel
        # run one job now from the cronjob
        kubectl create job manual-1 --from=cronjob/cj
        ```
        """
    )
    assert any("OSPF : no hellos to LAN — which command? => passive-interface g0/2" in line for line in lines), lines
    assert any("temp, lost on relabel — which command? => chcon -t httpd_sys_content_t /web/x.html" in line for line in lines), lines
    assert any("run one job now from the cronjob — which command? => kubectl create job manual-1" in line for line in lines), lines


def test_commands_the_block_gives_no_single_task_of_make_no_card() -> None:
    lines = cards_of(
        """
        ## Tools

        ```bash
        getenforce ; setenforce 0|1 ; ls -Z    # persistent mode: /etc/selinux/config SELINUX=enforcing
        ip route 0.0.0.0 0.0.0.0 203.0.113.1   ! default
        # 3rd-party repo
        curl -fsSL https://repo.example.com/key.gpg | gpg --dearmor -o /etc/apt/keyrings/example.gpg
        echo "deb https://repo.example.com/apt stable main" > /etc/apt/sources.list.d/example.list
        # set expandtab tabstop=2
        git reset --hard HEAD~1   # !! throws away the last commit
        openssl x509 -in srv.crt -noout -text   # or -dates / -subject
        upstream backend {   # default round robin
        Opportunity / Demand  -->  [ SVS ]  -->  Value
        ```
        """
    )
    assert not any("which command?" in line for line in lines), lines


def test_a_setting_with_its_comment_is_asked_as_a_setting() -> None:
    lines = cards_of(
        """
        ## Variables

        ```hcl
        sensitive = true     # redacted in plan output, still in state
        ```
        """
    )
    assert any("redacted in plan output, still in state — which setting? => sensitive = true" in line for line in lines), lines


def test_a_declaration_with_its_comment_is_asked_as_a_block() -> None:
    lines = cards_of(
        """
        ## HCL / config

        ```hcl
        resource "aws_instance" "web" { }   # aws_instance.web
        variable "region" { }               # var.region is how you refer to it
        ```
        """
    )
    assert any('which block? => variable "region" { }' in line for line in lines), lines
    assert not any("which command?" in line for line in lines), lines


def test_a_line_of_tasks_each_with_its_command_asks_each_task() -> None:
    lines = cards_of(
        """
        ## Operations

        ### kernel params
        runtime only: `sysctl -w net.ipv4.ip_forward=1` · persistent: `echo 'vm.swappiness = 10' > /etc/sysctl.d/99.conf`
        """
    )
    assert any("kernel params : persistent — which command? => echo 'vm.swappiness = 10'" in line for line in lines), lines
    assert any("kernel params : runtime only — which command? => sysctl -w net.ipv4.ip_forward=1" in line for line in lines), lines
    assert not any("·" in line for line in lines), lines  # the line is asked piece by piece, not whole


def test_a_command_with_a_remark_in_brackets_is_asked_by_its_subcommand() -> None:
    lines = cards_of(
        """
        ## deployments, rollouts

        - deployments
          - `k create deploy web --image=nginx:1.27 --replicas=3`
          - `k set image deploy/web nginx=nginx:1.28`   (left of `=` is the CONTAINER name, not image)
        """
    )
    assert any("k {{c1::set image}} deploy/web nginx=nginx:1.28 (left of = is the CONTAINER name" in line for line in lines), lines


def test_a_command_over_its_notes_is_asked_by_its_subcommand_with_the_notes_shown() -> None:
    lines = cards_of(
        """
        ## Helm

        - helm
          - `helm repo add podinfo https://stefanprodan.github.io/podinfo`
          - `helm install rel1 podinfo/podinfo -n web --create-namespace --set replicaCount=2`
            - or `-f values.yaml`
        """
    )
    assert any("helm {{c1::install}} rel1 podinfo/podinfo -n web --create-namespace --set replicaCount=2 => or -f values.yaml" in line for line in lines), lines
    assert not any(line.endswith("=> or -f values.yaml @6") for line in lines), lines
