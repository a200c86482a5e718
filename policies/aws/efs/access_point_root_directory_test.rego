package srm.aws.efs.access_point_root_directory_test

import data.srm.aws.efs.access_point_root_directory as policy

access_point(values) := {"format": "terraform", "module": ".", "resources": {"aws_efs_access_point": [{
	"address": "aws_efs_access_point.app", "type": "aws_efs_access_point", "name": "app",
	"mode": "managed", "file": "main.tf", "references": {},
	"values": object.union({"file_system_id": "${aws_efs_file_system.data.id}", "posix_user": [{"uid": 1000, "gid": 1000}]}, values),
}]}}

test_missing_root_directory_reported if {
	findings := policy.deny with input as access_point({})
	count(findings) == 1
	some f in findings
	f.path == ["root_directory"]
}

test_slash_reported if {
	findings := policy.deny with input as access_point({"root_directory": [{"path": "/"}]})
	count(findings) == 1
	some f in findings
	f.path == ["root_directory", 0, "path"]
}

test_block_without_path_reported if {
	count(policy.deny) == 1 with input as access_point({"root_directory": [{"creation_info": [{"owner_uid": 1000, "owner_gid": 1000, "permissions": "750"}]}]})
}

test_subdirectory_passes if {
	count(policy.deny) == 0 with input as access_point({"root_directory": [{"path": "/app"}]})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as access_point({"root_directory": [{"path": "${var.path}"}]})
	policy.unknown == {{"resource": "aws_efs_access_point.app", "path": ["root_directory", 0, "path"]}} with input as access_point({"root_directory": [{"path": "${var.path}"}]})
	count(policy.unknown) == 0 with input as access_point({"root_directory": [{"path": "/app"}]})
}
