resource "aws_cloudtrail" "main" { # expect: SRM-AWS-CLOUDTRAIL-003
  name                       = "main"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
