variable "guardduty_enabled" {
  type    = bool
  default = true
}

resource "aws_guardduty_detector" "main" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}

resource "aws_guardduty_detector_feature" "s3" {
  detector_id = aws_guardduty_detector.main.id
  name        = "S3_DATA_EVENTS"
  status      = "ENABLED"
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}

# enable omitted: true by default.
resource "aws_guardduty_detector" "us_east_1" {
  provider = aws.us_east_1
}

provider "aws" {
  alias  = "eu_central_1"
  region = "eu-central-1"
}

# Decided by a variable: not judged.
resource "aws_guardduty_detector" "eu_central_1" {
  provider = aws.eu_central_1
  enable   = var.guardduty_enabled
}
