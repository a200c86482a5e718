resource "aws_db_snapshot" "export" {
  db_instance_identifier = "app"
  db_snapshot_identifier = "app-export"
  shared_accounts        = ["111122223333", "all"] # expect: SRM-AWS-RDS-012
}
