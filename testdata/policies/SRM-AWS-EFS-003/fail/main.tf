resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_access_point" "app" { # expect: SRM-AWS-EFS-003
  file_system_id = aws_efs_file_system.shared.id

  posix_user {
    uid = 1000
    gid = 1000
  }
}

resource "aws_efs_access_point" "batch" {
  file_system_id = aws_efs_file_system.shared.id

  posix_user {
    uid = 1002
    gid = 1002
  }

  root_directory {
    path = "/" # expect: SRM-AWS-EFS-003
  }
}
