/** How a date may be typed into a DatePicker: the first is how it is shown. */
export const DATE_INPUT_FORMATS = ['YYYY-MM-DD', 'YYYY/M/D', 'YYYY.M.D', 'YYYYMMDD']
