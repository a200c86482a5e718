variable "user_data" {
  type    = string
}

resource "aws_iam_instance_profile" "app" {
  name = "app"
  role = "app"
}

resource "aws_instance" "app" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.micro"
  iam_instance_profile = aws_iam_instance_profile.app.name
  user_data            = <<-EOT
    #!/bin/bash
    API_KEY=$(aws ssm get-parameter --name /app/api-key --with-decryption --query Parameter.Value --output text)
    echo "API_KEY=$API_KEY" > /etc/app.env
  EOT
}

resource "aws_launch_template" "worker" {
  name_prefix   = "worker-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = base64encode(var.user_data)
}
