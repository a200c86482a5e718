resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_file_system_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AllowMount"
      Effect    = "Allow"
      Principal = { AWS = "*" } # expect: SRM-AWS-EFS-005
      Action    = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite", "elasticfilesystem:ClientRootAccess"]
      Resource  = aws_efs_file_system.shared.arn
    }]
  })
}

resource "aws_efs_file_system" "archive" {
  creation_token = "archive"
  encrypted      = true
}

data "aws_iam_policy_document" "archive" {
  statement {
    actions   = ["elasticfilesystem:ClientMount"]
    resources = [aws_efs_file_system.archive.arn]

    principals {
      type        = "*"
      identifiers = ["*"] # expect: SRM-AWS-EFS-005
    }
  }
}

resource "aws_efs_file_system_policy" "archive" {
  file_system_id = aws_efs_file_system.archive.id
  policy         = data.aws_iam_policy_document.archive.json
}
