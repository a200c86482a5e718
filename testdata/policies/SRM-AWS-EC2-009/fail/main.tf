resource "aws_ec2_serial_console_access" "this" {
  enabled = true # expect: SRM-AWS-EC2-009
}

# (Second variant in the same fixture.) enabled defaults to true.
resource "aws_ec2_serial_console_access" "implicit" {} # expect: SRM-AWS-EC2-009
