variable "uid" {
  type = number
}

resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_access_point" "reports" {
  file_system_id = aws_efs_file_system.shared.id

  posix_user {
    uid            = 1001
    gid            = 1001
    secondary_gids = [2000]
  }

  root_directory {
    path = "/reports"

    creation_info {
      owner_uid   = 1001
      owner_gid   = 1001
      permissions = "750"
    }
  }
}

# Decided by a variable: not judged.
resource "aws_efs_access_point" "configurable" {
  file_system_id = aws_efs_file_system.shared.id

  posix_user {
    uid = var.uid
    gid = 1000
  }

  root_directory {
    path = "/configurable"
  }
}
