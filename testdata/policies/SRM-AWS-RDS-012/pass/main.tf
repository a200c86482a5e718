variable "snapshot_accounts" {
  type    = list(string)
}

resource "aws_db_snapshot" "export" {
  db_instance_identifier = "app"
  db_snapshot_identifier = "app-export"
  shared_accounts        = ["111122223333"]
}

resource "aws_db_snapshot" "nightly" {
  db_instance_identifier = "app"
  db_snapshot_identifier = "app-nightly"
}

# From a variable: not judged.
resource "aws_db_snapshot" "configurable" {
  db_instance_identifier = "app"
  db_snapshot_identifier = "app-configurable"
  shared_accounts        = var.snapshot_accounts
}
