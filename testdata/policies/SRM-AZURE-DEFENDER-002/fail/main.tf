resource "azurerm_security_center_contact" "soc" {
  name                = "soc"
  email               = "soc@example.com"
  phone               = "+44 20 7946 0000"
  alert_notifications = false # expect: SRM-AZURE-DEFENDER-002
  alerts_to_admins    = false # expect: SRM-AZURE-DEFENDER-002
}
