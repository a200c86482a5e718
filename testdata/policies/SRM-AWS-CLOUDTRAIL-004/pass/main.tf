variable "trail_log_group_arn" {
  type = string
}

resource "aws_cloudwatch_log_group" "trail" {
  name              = "cloudtrail"
  retention_in_days = 365
}

resource "aws_iam_role" "trail_to_cloudwatch" {
  name = "cloudtrail-to-cloudwatch"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "cloudtrail.amazonaws.com" }
    }]
  })
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-cloudtrail-logs"
  is_multi_region_trail      = true
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_cloudwatch.arn
}

# From a variable: not judged.
resource "aws_cloudtrail" "secondary" {
  name                       = "secondary"
  s3_bucket_name             = "acme-cloudtrail-logs"
  cloud_watch_logs_group_arn = var.trail_log_group_arn
  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_cloudwatch.arn
}
