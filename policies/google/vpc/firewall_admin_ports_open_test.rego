package srm.google.vpc.firewall_admin_ports_open_test

import data.srm.google.vpc.firewall_admin_ports_open as policy

doc(values) := {"format": "terraform", "module": ".", "resources": {"google_compute_firewall": [{
	"address": "google_compute_firewall.r", "type": "google_compute_firewall", "name": "r",
	"mode": "managed", "file": "main.tf", "values": object.union({"name": "r", "network": "default"}, values), "references": {},
}]}}

test_ssh_from_world_reported_at_range_item if {
	findings := policy.deny with input as doc({"allow": [{"protocol": "tcp", "ports": ["22"]}], "source_ranges": ["10.0.0.0/8", "0.0.0.0/0"]})
	{f.path | some f in findings} == {["source_ranges", 1]}
}

test_rdp_range_all_and_ipv6 if {
	count(policy.deny) == 1 with input as doc({"allow": [{"protocol": "tcp", "ports": ["3000-4000"]}], "source_ranges": ["0.0.0.0/0"]})
	count(policy.deny) == 1 with input as doc({"allow": [{"protocol": "all"}], "source_ranges": ["::/0"]})
	count(policy.deny) == 1 with input as doc({"allow": [{"protocol": "tcp"}], "source_ranges": ["0.0.0.0/0"]})
	count(policy.deny) == 1 with input as doc({"allow": [{"protocol": "6", "ports": [3389]}], "source_ranges": ["0.0.0.0/0"]})
}

test_rdp_over_udp_reported if {
	findings := policy.deny with input as doc({"allow": [{"protocol": "udp", "ports": ["3389"]}], "source_ranges": ["0.0.0.0/0"]})
	{f.path | some f in findings} == {["source_ranges", 0]}
	some f in findings
	contains(f.msg, "port 3389 (RDP)")
	not contains(f.msg, "port 22")
	count(policy.deny) == 1 with input as doc({"allow": [{"protocol": "udp", "ports": ["3380-3390"]}], "source_ranges": ["0.0.0.0/0"]})
	count(policy.deny) == 1 with input as doc({"allow": [{"protocol": "UDP"}], "source_ranges": ["::/0"]})
	count(policy.deny) == 1 with input as doc({"allow": [{"protocol": "17", "ports": [3389]}], "source_ranges": ["0.0.0.0/0"]})
	count(policy.deny) == 1 with input as doc({"allow": [{"protocol": "udp", "ports": ["3389"]}]})
}

test_udp_without_rdp_passes if {
	count(policy.deny) == 0 with input as doc({"allow": [{"protocol": "udp", "ports": ["22"]}], "source_ranges": ["0.0.0.0/0"]})
	count(policy.deny) == 0 with input as doc({"allow": [{"protocol": "udp", "ports": ["53", "3390-4000"]}], "source_ranges": ["0.0.0.0/0"]})
	count(policy.deny) == 0 with input as doc({"allow": [{"protocol": "udp", "ports": ["3389"]}], "source_ranges": ["35.235.240.0/20"]})
}

test_udp_all_ports_reports_rdp_only if {
	findings := policy.deny with input as doc({"allow": [{"protocol": "udp"}], "source_ranges": ["0.0.0.0/0"]})
	count(findings) == 1
	some f in findings
	contains(f.msg, "opens port 3389 (RDP) to")
	not contains(f.msg, "port 22")
}

test_both_ports_in_one_finding if {
	findings := policy.deny with input as doc({"allow": [{"protocol": "tcp", "ports": ["22", "3389"]}], "source_ranges": ["0.0.0.0/0"]})
	count(findings) == 1
	some f in findings
	contains(f.msg, "port 22 (SSH) and port 3389 (RDP)")
}

test_missing_source_defaults_to_world if {
	findings := policy.deny with input as doc({"allow": [{"protocol": "tcp", "ports": ["22"]}]})
	{f.path | some f in findings} == {["source_ranges"]}
	count(policy.deny) == 0 with input as doc({"allow": [{"protocol": "tcp", "ports": ["22"]}], "source_tags": ["bastion"]})
	count(policy.deny) == 0 with input as doc({"allow": [{"protocol": "tcp", "ports": ["22"]}], "source_service_accounts": ["bastion@p.iam.gserviceaccount.com"]})
}

test_safe_rules_pass if {
	count(policy.deny) == 0 with input as doc({"allow": [{"protocol": "tcp", "ports": ["443", "80"]}], "source_ranges": ["0.0.0.0/0"]})
	count(policy.deny) == 0 with input as doc({"allow": [{"protocol": "tcp", "ports": ["22"]}], "source_ranges": ["35.235.240.0/20"]})
	count(policy.deny) == 0 with input as doc({"allow": [{"protocol": "icmp"}], "source_ranges": ["0.0.0.0/0"]})
	count(policy.deny) == 0 with input as doc({"deny": [{"protocol": "tcp", "ports": ["22"]}], "source_ranges": ["0.0.0.0/0"]})
	count(policy.deny) == 0 with input as doc({"allow": [{"protocol": "tcp", "ports": ["22"]}], "source_ranges": "${var.ranges}"})
	count(policy.deny) == 0 with input as doc({"allow": [{"protocol": "tcp", "ports": ["${var.port}"]}], "source_ranges": ["0.0.0.0/0"]})
	count(policy.deny) == 0 with input as doc({"allow": [{"protocol": "tcp", "ports": ["22"]}], "source_ranges": ["0.0.0.0/0"], "disabled": true})
	count(policy.deny) == 0 with input as doc({"direction": "EGRESS", "allow": [{"protocol": "tcp", "ports": ["22"]}], "destination_ranges": ["0.0.0.0/0"]})
}
