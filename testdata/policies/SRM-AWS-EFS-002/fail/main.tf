resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_access_point" "reports" { # expect: SRM-AWS-EFS-002
  file_system_id = aws_efs_file_system.shared.id

  root_directory {
    path = "/reports"

    creation_info {
      owner_uid   = 1001
      owner_gid   = 1001
      permissions = "750"
    }
  }
}

resource "aws_efs_access_point" "admin" {
  file_system_id = aws_efs_file_system.shared.id

  posix_user {
    uid = 0 # expect: SRM-AWS-EFS-002
    gid = 0
  }

  root_directory {
    path = "/admin"
  }
}
