// The part of Electron's MenuItemConstructorOptions the menus use, so the
// templates can be built and tested without Electron.

export interface MenuItem {
  label?: string
  role?: string
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox'
  accelerator?: string
  enabled?: boolean
  submenu?: MenuItem[]
  click?: () => void
}

export const separator: MenuItem = { type: 'separator' }
