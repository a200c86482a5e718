variable "feature_status" {
  type = string
}

resource "aws_guardduty_detector" "this" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}

resource "aws_guardduty_detector_feature" "s3" {
  detector_id = aws_guardduty_detector.this.id
  name        = "S3_DATA_EVENTS"
  status      = "ENABLED"
}

resource "aws_guardduty_organization_configuration_feature" "s3" {
  detector_id = aws_guardduty_detector.this.id
  name        = "S3_DATA_EVENTS"
  auto_enable = "ALL"
}

# No feature resource: the feature is on with the detector.
resource "aws_guardduty_detector" "secondary" {
  enable = true

  datasources {
    s3_logs {
      enable = true
    }
  }
}

resource "aws_guardduty_detector" "tertiary" {
  enable = true
}

# From a variable without a default: not judged.
resource "aws_guardduty_detector_feature" "configurable" {
  detector_id = aws_guardduty_detector.tertiary.id
  name        = "S3_DATA_EVENTS"
  status      = var.feature_status
}
