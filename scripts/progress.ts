// A one-line progress bar on standard error: redrawn in place on a terminal, a line every 10 % otherwise
// (CI logs, redirected output). Messages printed meanwhile go above it.
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  const tty = Boolean(stream.isTTY)
  let last = ''
  let lastTenth = -1
  let drawn = false
  const clear = () => {
    if (tty && drawn) stream.write('\r\x1b[2K')
    drawn = false
  }
  return {
    show(fraction: number, text: string) {
      const share = Math.max(0, Math.min(1, fraction))
      const width = 30
      const filled = Math.round(share * width)
      const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)} % ${text}`
      if (tty) {
        if (line === last) return
        clear()
        stream.write(line)
        drawn = true
      } else if (Math.floor(share * 10) !== lastTenth) {
        lastTenth = Math.floor(share * 10)
        stream.write(`${line}\n`)
      }
      last = line
    },
    print(message: string) {
      clear()
      stream.write(`${message}\n`)
      if (tty && last) {
        stream.write(last)
        drawn = true
      }
    },
    done() {
      clear()
    },
  }
}
