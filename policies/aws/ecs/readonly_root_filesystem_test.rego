package srm.aws.ecs.readonly_root_filesystem_test

import data.srm.aws.ecs.readonly_root_filesystem as policy

task(definitions, extra) := {"format": "terraform", "module": ".", "resources": {"aws_ecs_task_definition": [{
	"address": "aws_ecs_task_definition.app", "type": "aws_ecs_task_definition", "name": "app",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"family": "app", "container_definitions": definitions}, extra),
}]}}

test_writable_root_reported if {
	findings := policy.deny with input as task([{"name": "web", "image": "nginx:1.27", "readonlyRootFilesystem": false}], {})
	count(findings) == 1
	some f in findings
	f.path == ["container_definitions", 0, "readonlyRootFilesystem"]
}

test_omitted_flag_reported if {
	findings := policy.deny with input as task([
		{"name": "web", "image": "nginx:1.27", "readonlyRootFilesystem": true},
		{"name": "sidecar", "image": "envoy:1.30"},
	], {})
	count(findings) == 1
	some f in findings
	contains(f.msg, `"sidecar"`)
	f.path == ["container_definitions", 1, "readonlyRootFilesystem"]
}

test_json_string_reported_on_attribute if {
	findings := policy.deny with input as task(`[{"name": "web", "image": "nginx:1.27"}]`, {})
	some f in findings
	f.path == ["container_definitions"]
}

test_read_only_root_passes if {
	count(policy.deny) == 0 with input as task([{"name": "web", "image": "nginx:1.27", "readonlyRootFilesystem": true}], {})
	count(policy.deny) == 0 with input as task(`[{"name": "web", "image": "nginx:1.27", "readonlyRootFilesystem": true}]`, {})
}

test_windows_tasks_skipped if {
	count(policy.deny) == 0 with input as task([{"name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis"}], {"runtime_platform": [{"operating_system_family": "WINDOWS_SERVER_2022_CORE"}]})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as task([{"name": "web", "image": "nginx:1.27", "readonlyRootFilesystem": "${var.read_only}"}], {})
	count(policy.deny) == 0 with input as task("${file(\"containers.json\")}", {})
}
