variable "file_system_policy" {
  type = string
}

resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ecs-tasks.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_efs_file_system_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AppMount"
        Effect    = "Allow"
        Principal = { AWS = aws_iam_role.app.arn }
        Action    = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]
        Resource  = aws_efs_file_system.shared.arn
      },
      {
        Sid       = "MountTargetsOnly"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "elasticfilesystem:ClientMount"
        Resource  = aws_efs_file_system.shared.arn
        Condition = { Bool = { "elasticfilesystem:AccessedViaMountTarget" = "true" } }
      },
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = { AWS = "*" }
        Action    = "*"
        Resource  = aws_efs_file_system.shared.arn
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      }
    ]
  })
}

# Policy from a variable: not judged.
resource "aws_efs_file_system" "configurable" {
  creation_token = "configurable"
  encrypted      = true
}

resource "aws_efs_file_system_policy" "configurable" {
  file_system_id = aws_efs_file_system.configurable.id
  policy         = var.file_system_policy
}
