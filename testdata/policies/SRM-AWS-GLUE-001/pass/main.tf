variable "s3_encryption_mode" {
  type = string
}

resource "aws_kms_key" "glue" {
  description         = "Glue ETL"
  enable_key_rotation = true
}

resource "aws_glue_security_configuration" "etl" {
  name = "etl"

  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = aws_kms_key.glue.arn
    }

    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = aws_kms_key.glue.arn
    }

    s3_encryption {
      s3_encryption_mode = "SSE-KMS"
      kms_key_arn        = aws_kms_key.glue.arn
    }
  }
}

# S3 mode decided by a variable: not judged.
resource "aws_glue_security_configuration" "configurable" {
  name = "configurable"

  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = aws_kms_key.glue.arn
    }

    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = aws_kms_key.glue.arn
    }

    s3_encryption {
      s3_encryption_mode = var.s3_encryption_mode
    }
  }
}
