import { useState } from 'react'
import { Select, type SelectProps } from 'antd'
import type { BaseOptionType, DefaultOptionType } from 'antd/es/select'

/**
 * antd's Select treats Tab in an open list as "select the active option" and keeps focus —
 * in a multiple select that even un-selects a person just picked. For keyboard-first forms,
 * Tab must close the list and move on, leaving the choice as it is.
 */
export function TabFriendlySelect<V = unknown, O extends BaseOptionType = DefaultOptionType>(props: SelectProps<V, O>) {
  const [open, setOpen] = useState(false)
  return (
    <div
      onKeyDownCapture={(e) => {
        if (e.key === 'Tab' && open) {
          setOpen(false)
          e.stopPropagation()
        }
      }}
    >
      <Select<V, O>
        {...props}
        open={open}
        onOpenChange={(next) => {
          setOpen(next)
          props.onOpenChange?.(next)
        }}
      />
    </div>
  )
}
