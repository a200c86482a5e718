resource "aws_macie2_account" "this" {
  finding_publishing_frequency = "FIFTEEN_MINUTES"
  status                       = "PAUSED" # expect: SRM-AWS-MACIE-001
}

resource "aws_macie2_classification_job" "customer_exports" {
  name       = "customer-exports-weekly"
  job_type   = "SCHEDULED"
  job_status = "USER_PAUSED" # expect: SRM-AWS-MACIE-001

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
