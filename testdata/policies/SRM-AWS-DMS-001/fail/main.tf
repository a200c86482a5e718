resource "aws_dms_replication_instance" "migration" {
  replication_instance_id    = "migration"
  replication_instance_class = "dms.t3.medium"
  allocated_storage          = 50
  auto_minor_version_upgrade = false # expect: SRM-AWS-DMS-001
}

resource "aws_dms_replication_instance" "cdc" {
  replication_instance_id      = "cdc"
  replication_instance_class   = "dms.c5.large"
  preferred_maintenance_window = "sun:03:00-sun:03:30"
  auto_minor_version_upgrade   = "false" # expect: SRM-AWS-DMS-001
}
