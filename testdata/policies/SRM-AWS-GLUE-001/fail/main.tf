resource "aws_kms_key" "glue" {
  description         = "Glue ETL"
  enable_key_rotation = true
}

resource "aws_glue_security_configuration" "etl" {
  name = "etl"

  encryption_configuration {
    cloudwatch_encryption { # expect: SRM-AWS-GLUE-001
    }

    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "DISABLED" # expect: SRM-AWS-GLUE-001
    }

    s3_encryption {
      s3_encryption_mode = "DISABLED" # expect: SRM-AWS-GLUE-001
    }
  }
}
