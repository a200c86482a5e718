variable "serial_console" {
  type = bool
}

resource "aws_ec2_serial_console_access" "this" {
  enabled = false
}

# (Second variant in the same fixture.) From a variable: not judged.
resource "aws_ec2_serial_console_access" "configurable" {
  enabled = var.serial_console
}
