resource "aws_guardduty_detector" "this" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}

resource "aws_guardduty_detector_feature" "s3" {
  detector_id = aws_guardduty_detector.this.id
  name        = "S3_DATA_EVENTS"
  status      = "DISABLED" # expect: SRM-AWS-GUARDDUTY-002
}

resource "aws_guardduty_organization_configuration_feature" "s3" {
  detector_id = aws_guardduty_detector.this.id
  name        = "S3_DATA_EVENTS"
  auto_enable = "NONE" # expect: SRM-AWS-GUARDDUTY-002
}

# Another region, still on the deprecated datasources block.
resource "aws_guardduty_detector" "legacy" {
  enable = true

  datasources {
    s3_logs {
      enable = false # expect: SRM-AWS-GUARDDUTY-002
    }
  }
}
