variable "admin_ssh_public_key" {
  type = string
}

variable "admin_password" {
  type      = string
  sensitive = true
}

variable "nic_id" {
  type = string
}

resource "azurerm_linux_virtual_machine" "app" { # expect: SRM-AZURE-VM-002
  name                  = "vm-app"
  resource_group_name   = "rg-app"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureuser"
  network_interface_ids = [var.nic_id]

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.admin_ssh_public_key
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

resource "azurerm_windows_virtual_machine" "rdsh" {
  name                       = "vm-rdsh"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  size                       = "Standard_D4s_v5"
  admin_username             = "azureadmin"
  admin_password             = var.admin_password
  network_interface_ids      = [var.nic_id]
  encryption_at_host_enabled = false # expect: SRM-AZURE-VM-002

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter-azure-edition"
    version   = "latest"
  }
}
