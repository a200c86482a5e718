resource "aws_efs_file_system" "explicit" {
  creation_token = "explicit"
  encrypted      = false # expect: SRM-AWS-EFS-001
}

# encrypted defaults to false.
resource "aws_efs_file_system" "implicit" { # expect: SRM-AWS-EFS-001
  creation_token = "implicit"

  lifecycle_policy {
    transition_to_ia = "AFTER_30_DAYS"
  }
}
