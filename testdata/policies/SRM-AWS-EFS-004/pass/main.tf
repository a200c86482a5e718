variable "backup_status" {
  type = string
}

resource "aws_efs_file_system" "uploads" {
  creation_token = "uploads"
  encrypted      = true
}

resource "aws_efs_backup_policy" "uploads" {
  file_system_id = aws_efs_file_system.uploads.id

  backup_policy {
    status = "ENABLED"
  }
}

# Covered by an AWS Backup plan instead.
resource "aws_efs_file_system" "home" {
  creation_token = "home"
  encrypted      = true
}

resource "aws_backup_selection" "home" {
  name         = "home"
  plan_id      = "0a1b2c3d-4e5f-6789-abcd-ef0123456789"
  iam_role_arn = "arn:aws:iam::111122223333:role/aws-backup"
  resources    = [aws_efs_file_system.home.arn]
}

# Decided by a variable: not judged.
resource "aws_efs_file_system" "scratch" {
  creation_token = "scratch"
  encrypted      = true
}

resource "aws_efs_backup_policy" "scratch" {
  file_system_id = aws_efs_file_system.scratch.id

  backup_policy {
    status = var.backup_status
  }
}
