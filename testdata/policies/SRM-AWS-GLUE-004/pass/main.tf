variable "security_configuration" {
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

resource "aws_glue_job" "orders_etl" {
  name                   = "orders-etl"
  role_arn               = "arn:aws:iam::111122223333:role/glue-etl"
  glue_version           = "5.0"
  worker_type            = "G.1X"
  number_of_workers      = 4
  security_configuration = aws_glue_security_configuration.etl.name

  command {
    script_location = "s3://acme-glue-scripts/orders_etl.py"
    python_version  = "3"
  }
}

resource "aws_glue_crawler" "raw" {
  name                   = "raw"
  database_name          = "raw"
  role                   = "arn:aws:iam::111122223333:role/glue-crawler"
  security_configuration = aws_glue_security_configuration.etl.name

  s3_target {
    path = "s3://acme-raw-data/orders/"
  }
}

# Decided by a variable: not judged.
resource "aws_glue_job" "configurable" {
  name                   = "configurable"
  role_arn               = "arn:aws:iam::111122223333:role/glue-etl"
  security_configuration = var.security_configuration

  command {
    script_location = "s3://acme-glue-scripts/configurable.py"
  }
}
