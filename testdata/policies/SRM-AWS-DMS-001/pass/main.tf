variable "dms_auto_upgrade" {
  type = bool
}

resource "aws_dms_replication_instance" "migration" {
  replication_instance_id      = "migration"
  replication_instance_class   = "dms.t3.medium"
  preferred_maintenance_window = "sun:03:00-sun:03:30"
  auto_minor_version_upgrade   = true
}

# Left out: the provider leaves it to DMS, which enables the upgrades.
resource "aws_dms_replication_instance" "cdc" {
  replication_instance_id    = "cdc"
  replication_instance_class = "dms.c5.large"
}

# From a variable without a default: not judged.
resource "aws_dms_replication_instance" "configurable" {
  replication_instance_id    = "configurable"
  replication_instance_class = "dms.t3.medium"
  auto_minor_version_upgrade = var.dms_auto_upgrade
}
