resource "aws_kms_key" "shared" {
  description         = "Shared data key"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Everyone"
        Effect    = "Allow"
        Principal = { AWS = "*" } # expect: SRM-AWS-KMS-002
        Action    = "kms:*"
        Resource  = "*"
      }
    ]
  })
}

resource "aws_kms_key" "documents" {
  description         = "Documents"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.documents_key.json
}

data "aws_iam_policy_document" "documents_key" {
  statement {
    sid       = "Decrypt"
    actions   = ["kms:Decrypt"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["*"] # expect: SRM-AWS-KMS-002
    }
  }
}
