variable "log_file_validation" {
  type    = bool
  default = true
}

resource "aws_s3_bucket" "trail" {
  bucket = "example-cloudtrail-logs"
}

resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = aws_s3_bucket.trail.id
  include_global_service_events = true
  is_multi_region_trail         = true
  enable_log_file_validation    = true
}

# Decided by a variable: not judged.
resource "aws_cloudtrail" "configurable" {
  name                       = "configurable"
  s3_bucket_name             = aws_s3_bucket.trail.id
  is_multi_region_trail      = true
  enable_log_file_validation = var.log_file_validation
}
