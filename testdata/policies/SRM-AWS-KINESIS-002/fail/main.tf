resource "aws_kinesis_firehose_delivery_stream" "app_logs" {
  name        = "app-logs"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose-app-logs"
    bucket_arn = "arn:aws:s3:::example-app-logs"
  }

  server_side_encryption {
    enabled = false # expect: SRM-AWS-KINESIS-002
  }
}

# Left out: Direct PUT records are not encrypted.
resource "aws_kinesis_firehose_delivery_stream" "audit_events" { # expect: SRM-AWS-KINESIS-002
  name        = "audit-events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose-audit"
    bucket_arn = "arn:aws:s3:::example-audit-events"
  }
}
