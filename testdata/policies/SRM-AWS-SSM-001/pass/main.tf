variable "shared_accounts" {
  type = string
}

resource "aws_ssm_document" "restart_app" {
  name            = "restart-app"
  document_type   = "Command"
  document_format = "YAML"

  content = <<-DOC
    schemaVersion: "2.2"
    description: Restart the application service
    mainSteps:
      - action: aws:runShellScript
        name: restart
        inputs:
          runCommand:
            - systemctl restart app
  DOC

  permissions = {
    type        = "Share"
    account_ids = "111122223333,444455556666"
  }
}

# Not shared.
resource "aws_ssm_document" "collect_logs" {
  name          = "collect-logs"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    description   = "Collect logs"
    mainSteps = [{
      action = "aws:runShellScript"
      name   = "collect"
      inputs = { runCommand = ["tar czf /tmp/logs.tgz /var/log/app"] }
    }]
  })
}

# Decided by a variable: not judged.
resource "aws_ssm_document" "configurable" {
  name          = "configurable"
  document_type = "Command"
  content       = "{\"schemaVersion\":\"2.2\",\"mainSteps\":[]}"

  permissions = {
    type        = "Share"
    account_ids = var.shared_accounts
  }
}
