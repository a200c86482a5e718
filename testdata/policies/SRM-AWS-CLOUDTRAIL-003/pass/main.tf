variable "trail_kms_key_arn" {
  type = string
}

resource "aws_kms_key" "cloudtrail" {
  description         = "CloudTrail"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.cloudtrail.arn
}

# From a variable: not judged.
resource "aws_cloudtrail" "secondary" {
  name           = "secondary"
  s3_bucket_name = "acme-cloudtrail-logs"
  kms_key_id     = var.trail_kms_key_arn
}
