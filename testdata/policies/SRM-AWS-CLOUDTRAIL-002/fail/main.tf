resource "aws_s3_bucket" "trail" {
  bucket = "example-cloudtrail-logs"
}

resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = aws_s3_bucket.trail.id
  include_global_service_events = true
  is_multi_region_trail         = true
  enable_log_file_validation    = false # expect: SRM-AWS-CLOUDTRAIL-002
}

resource "aws_cloudtrail" "data_events" { # expect: SRM-AWS-CLOUDTRAIL-002
  name                  = "data-events"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true

  event_selector {
    read_write_type           = "All"
    include_management_events = false

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
