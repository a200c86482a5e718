variable "root_path" {
  type = string
}

resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_access_point" "app" {
  file_system_id = aws_efs_file_system.shared.id

  posix_user {
    uid = 1000
    gid = 1000
  }

  root_directory {
    path = "/app"

    creation_info {
      owner_uid   = 1000
      owner_gid   = 1000
      permissions = "750"
    }
  }
}

# Decided by a variable: not judged.
resource "aws_efs_access_point" "configurable" {
  file_system_id = aws_efs_file_system.shared.id

  posix_user {
    uid = 1001
    gid = 1001
  }

  root_directory {
    path = var.root_path
  }
}
