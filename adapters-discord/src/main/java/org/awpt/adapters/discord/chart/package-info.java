/** Charts drawn with XChart, as PNG bytes to attach to an embed. */
package org.awpt.adapters.discord.chart;
