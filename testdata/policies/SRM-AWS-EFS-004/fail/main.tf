resource "aws_efs_file_system" "uploads" { # expect: SRM-AWS-EFS-004
  creation_token = "uploads"
  encrypted      = true

  tags = {
    Name                = "uploads"
    data-classification = "internal"
  }
}

resource "aws_efs_file_system" "cache" { # expect: SRM-AWS-EFS-004
  creation_token = "cache"
  encrypted      = true
}

resource "aws_efs_backup_policy" "cache" {
  file_system_id = aws_efs_file_system.cache.id

  backup_policy {
    status = "DISABLED" # expect: SRM-AWS-EFS-004
  }
}
