package srm.aws.efs.access_point_posix_user_test

import data.srm.aws.efs.access_point_posix_user as policy

access_point(values) := {"format": "terraform", "module": ".", "resources": {"aws_efs_access_point": [{
	"address": "aws_efs_access_point.app", "type": "aws_efs_access_point", "name": "app",
	"mode": "managed", "file": "main.tf", "references": {"file_system_id": ["aws_efs_file_system.data"]},
	"values": object.union({"file_system_id": "${aws_efs_file_system.data.id}", "root_directory": [{"path": "/app"}]}, values),
}]}}

test_missing_posix_user_reported if {
	findings := policy.deny with input as access_point({})
	count(findings) == 1
	some f in findings
	f.path == ["posix_user"]
}

test_root_uid_reported if {
	findings := policy.deny with input as access_point({"posix_user": [{"uid": 0, "gid": 0}]})
	count(findings) == 1
	some f in findings
	f.path == ["posix_user", 0, "uid"]
}

test_application_identity_passes if {
	count(policy.deny) == 0 with input as access_point({"posix_user": [{"uid": 1000, "gid": 1000, "secondary_gids": [2000]}]})
}

test_unresolved_not_judged if {
	count(policy.deny) == 0 with input as access_point({"posix_user": [{"uid": "${var.uid}", "gid": "${var.gid}"}]})
}
