resource "aws_s3_bucket" "trail" {
  bucket = "example-cloudtrail-logs"
}

resource "aws_cloudtrail" "regional" {
  name                          = "regional"
  s3_bucket_name                = aws_s3_bucket.trail.id
  include_global_service_events = true
  is_multi_region_trail         = false # expect: SRM-AWS-CLOUDTRAIL-001
  enable_log_file_validation    = true
}

resource "aws_cloudtrail" "default" { # expect: SRM-AWS-CLOUDTRAIL-001
  name                       = "default"
  s3_bucket_name             = aws_s3_bucket.trail.id
  enable_log_file_validation = true
}

# Multi-region, but IAM/STS/CloudFront events are left out.
resource "aws_cloudtrail" "no_global_events" {
  name                          = "no-global-events"
  s3_bucket_name                = aws_s3_bucket.trail.id
  is_multi_region_trail         = true
  include_global_service_events = false # expect: SRM-AWS-CLOUDTRAIL-001
  enable_log_file_validation    = true
}
