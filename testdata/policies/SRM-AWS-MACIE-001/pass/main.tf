variable "macie_status" {
  type = string
}

resource "aws_macie2_account" "this" {
  finding_publishing_frequency = "FIFTEEN_MINUTES"
  status                       = "ENABLED"
}

resource "aws_macie2_classification_job" "customer_exports" {
  name       = "customer-exports-weekly"
  job_type   = "SCHEDULED"
  job_status = "RUNNING"

  schedule_frequency {
    weekly_schedule = "MONDAY"
  }

  s3_job_definition {
    bucket_definitions {
      account_id = "111122223333"
      buckets    = ["example-customer-exports"]
    }
  }

  depends_on = [aws_macie2_account.this]
}

# A one-time job that was cancelled: not a standing control.
resource "aws_macie2_classification_job" "migration_check" {
  name       = "migration-check"
  job_type   = "ONE_TIME"
  job_status = "CANCELLED"

  s3_job_definition {
    bucket_definitions {
      account_id = "111122223333"
      buckets    = ["example-migration-staging"]
    }
  }

  depends_on = [aws_macie2_account.this]
}

# (Second variant in the same fixture.) From a variable without a default: not judged.
resource "aws_macie2_account" "configurable" {
  status = var.macie_status
}
