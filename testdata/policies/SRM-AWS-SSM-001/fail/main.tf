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
    account_ids = "All" # expect: SRM-AWS-SSM-001
  }
}
