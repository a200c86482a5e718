variable "multi_region" {
  type    = bool
  default = true
}

resource "aws_s3_bucket" "trail" {
  bucket = "example-cloudtrail-logs"
}

resource "aws_kms_key" "trail" {
  description         = "CloudTrail logs"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = aws_s3_bucket.trail.id
  kms_key_id                    = aws_kms_key.trail.arn
  include_global_service_events = true
  is_multi_region_trail         = true
  enable_log_file_validation    = true
}

# Decided by a variable: not judged.
resource "aws_cloudtrail" "configurable" {
  name                       = "configurable"
  s3_bucket_name             = aws_s3_bucket.trail.id
  is_multi_region_trail      = var.multi_region
  enable_log_file_validation = true
}
